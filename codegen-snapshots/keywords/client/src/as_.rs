//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::as`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AsParams {
    pub as2: ::std::option::Option<::std::string::String>,
    pub as3: ::std::option::Option<::std::string::String>,
    pub as4: ::std::option::Option<::std::string::String>,
}
impl AsParams {
    /// Sets `as2`.
    #[must_use]
    pub fn as2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.as2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `as3`.
    #[must_use]
    pub fn as3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.as3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `as4`.
    #[must_use]
    pub fn as4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.as4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::as`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AsOkHeaders {
    pub r#as: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::as`].
#[derive(Debug, Clone, PartialEq)]
pub enum AsResponse {
    /// ok
    Ok { body: super::types::Everything, headers: AsOkHeaders },
}
/// Documented error responses of [`super::Client::as`].
#[derive(Debug, Clone, PartialEq)]
pub enum AsError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::as_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum AsPostError {}
impl super::Client {
    /// */ operation as "#
    ///
    /// `GET /op0/{as}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn r#as(
        &self,
        r#as: &str,
        params: &AsParams,
    ) -> ::std::result::Result<AsResponse, super::Error<AsError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op0/");
        url.push_str(
            &super::runtime::path_param(
                "as",
                &super::runtime::to_value("as", &r#as)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.as2 {
            let v = super::runtime::to_value("as", v)?;
            super::runtime::push_param(&mut query, "as", &v, "form", true);
        }
        if let Some(v) = &params.as3 {
            let v = super::runtime::to_value("as", v)?;
            headers.push(("as", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.as4 {
            let v = super::runtime::to_value("as", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "as", super::runtime::encode(& super::runtime::simple(&
                        v, true))
                    ),
                );
        }
        self.authorize(&[&[0usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("as", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "as", method = "GET", path = "/op0/{as}",
            status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("as", status, &response_headers);
        match status {
            200 => {
                let headers = AsOkHeaders {
                    r#as: super::runtime::optional_header(
                        &response_headers,
                        "as",
                        status,
                    )?,
                };
                Ok(AsResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        AsError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(AsError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            AsError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op0/{as}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn as_post(
        &self,
        r#as: &str,
        body: &super::types::Union2,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<AsPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op0/");
        url.push_str(
            &super::runtime::path_param(
                "as",
                &super::runtime::to_value("as", &r#as)?,
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
        let req = self.run_request_hooks("as_post", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "as_post", method = "POST", path =
            "/op0/{as}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("as_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        AsPostError,
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
