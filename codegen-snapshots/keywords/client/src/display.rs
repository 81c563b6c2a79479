//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::display`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DisplayParams {
    pub display2: ::std::option::Option<::std::string::String>,
    pub display3: ::std::option::Option<::std::string::String>,
    pub display4: ::std::option::Option<::std::string::String>,
}
impl DisplayParams {
    /// Sets `display2`.
    #[must_use]
    pub fn display2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.display2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `display3`.
    #[must_use]
    pub fn display3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.display3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `display4`.
    #[must_use]
    pub fn display4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.display4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::display`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DisplayOkHeaders {
    pub display: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::display`].
#[derive(Debug, Clone, PartialEq)]
pub enum DisplayResponse {
    /// ok
    Ok { body: super::types::Everything, headers: DisplayOkHeaders },
}
/// Documented error responses of [`super::Client::display`].
#[derive(Debug, Clone, PartialEq)]
pub enum DisplayError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::display_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum DisplayPostError {}
impl super::Client {
    /// */ operation Display "#
    ///
    /// `GET /op132/{Display}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn display(
        &self,
        display: &str,
        params: &DisplayParams,
    ) -> ::std::result::Result<DisplayResponse, super::Error<DisplayError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op132/");
        url.push_str(
            &super::runtime::path_param(
                "Display",
                &super::runtime::to_value("Display", &display)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.display2 {
            let v = super::runtime::to_value("Display", v)?;
            super::runtime::push_param(&mut query, "Display", &v, "form", true);
        }
        if let Some(v) = &params.display3 {
            let v = super::runtime::to_value("Display", v)?;
            headers.push(("Display", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.display4 {
            let v = super::runtime::to_value("Display", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "Display", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[132usize]], &mut query, &mut headers, &mut cookies);
        if !query.is_empty() {
            url.push('?');
            url.push_str(&super::runtime::encode_pairs(&query));
        }
        let mut req = self.http_client().request(::reqwest::Method::GET, url);
        for (k, v) in headers {
            req = req.header(k, v);
        }
        for (k, v) in &self.headers {
            req = req.header(k.as_str(), v.as_str());
        }
        if !cookies.is_empty() {
            req = req.header("cookie", cookies.join("; "));
        }
        let req = self.run_request_hooks("display", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "Display", method = "GET", path =
            "/op132/{Display}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("display", status, &response_headers);
        match status {
            200 => {
                let headers = DisplayOkHeaders {
                    display: super::runtime::optional_header(
                        &response_headers,
                        "Display",
                        status,
                    )?,
                };
                Ok(DisplayResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        DisplayError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(DisplayError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            DisplayError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op132/{Display}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn display_post(
        &self,
        display: &str,
        body: &super::types::Union2,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<DisplayPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op132/");
        url.push_str(
            &super::runtime::path_param(
                "Display",
                &super::runtime::to_value("Display", &display)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if !query.is_empty() {
            url.push('?');
            url.push_str(&super::runtime::encode_pairs(&query));
        }
        let mut req = self.http_client().request(::reqwest::Method::POST, url);
        for (k, v) in headers {
            req = req.header(k, v);
        }
        for (k, v) in &self.headers {
            req = req.header(k.as_str(), v.as_str());
        }
        if !cookies.is_empty() {
            req = req.header("cookie", cookies.join("; "));
        }
        {
            let b = body;
            let bytes = ::serde_json::to_vec(b)
                .map_err(|e| super::Error::Encode {
                    what: "request body",
                    message: e.to_string(),
                })?;
            req = req.header("content-type", "application/json").body(bytes);
        }
        let req = self
            .run_request_hooks("display_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "Display_post", method = "POST", path =
            "/op132/{Display}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("display_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        DisplayPostError,
                    >(status, &bytes)?,
                )
            }
            _ => {
                Err(super::Error::UnexpectedStatus {
                    status,
                    body: bytes,
                })
            }
        }
    }
}
