//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::try`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TryParams {
    pub try2: ::std::option::Option<::std::string::String>,
    pub try3: ::std::option::Option<::std::string::String>,
    pub try4: ::std::option::Option<::std::string::String>,
}
impl TryParams {
    /// Sets `try2`.
    #[must_use]
    pub fn try2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.try2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `try3`.
    #[must_use]
    pub fn try3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.try3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `try4`.
    #[must_use]
    pub fn try4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.try4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::try`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TryOkHeaders {
    pub r#try: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::try`].
#[derive(Debug, Clone, PartialEq)]
pub enum TryResponse {
    /// ok
    Ok { body: super::types::Everything, headers: TryOkHeaders },
}
/// Documented error responses of [`super::Client::try`].
#[derive(Debug, Clone, PartialEq)]
pub enum TryError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::try_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum TryPostError {}
impl super::Client {
    /// */ operation try "#
    ///
    /// `GET /op50/{try}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn r#try(
        &self,
        r#try: &str,
        params: &TryParams,
    ) -> ::std::result::Result<TryResponse, super::Error<TryError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op50/");
        url.push_str(
            &super::runtime::path_param(
                "try",
                &super::runtime::to_value("try", &r#try)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.try2 {
            let v = super::runtime::to_value("try", v)?;
            super::runtime::push_param(&mut query, "try", &v, "form", true);
        }
        if let Some(v) = &params.try3 {
            let v = super::runtime::to_value("try", v)?;
            headers.push(("try", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.try4 {
            let v = super::runtime::to_value("try", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "try", super::runtime::encode(& super::runtime::simple(&
                        v, true))
                    ),
                );
        }
        self.authorize(&[&[50usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("try", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "try", method = "GET", path = "/op50/{try}",
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
        self.run_response_hooks("try", status, &response_headers);
        match status {
            200 => {
                let headers = TryOkHeaders {
                    r#try: super::runtime::optional_header(
                        &response_headers,
                        "try",
                        status,
                    )?,
                };
                Ok(TryResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        TryError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(TryError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            TryError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op50/{try}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn try_post(
        &self,
        r#try: &str,
        body: &super::types::Union2,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<TryPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op50/");
        url.push_str(
            &super::runtime::path_param(
                "try",
                &super::runtime::to_value("try", &r#try)?,
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
            .run_request_hooks("try_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "try_post", method = "POST", path =
            "/op50/{try}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("try_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        TryPostError,
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
